import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { JuesuanError } from '../errors.js';
import { type ComposeInput, ComposeInputSchema } from '../model/compose-input.js';

/** Says where an input does not follow the schema, in Chinese, one line per problem (at most ten). */
export function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((i) => `  ${i.path.length ? i.path.join('.') : '（根）'}：${issueText(i)}`)
    .join('\n');
}

function issueText(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? `缺少必填项（应为 ${i.expected}）` : `类型应为 ${i.expected}`;
    case 'invalid_format':
    case 'invalid_string' as string:
      return '格式不对：金额应写成带引号的十进制数，如 "238.67"';
    case 'invalid_value':
      return `取值应为 ${(i as { values?: unknown[] }).values?.join('、') ?? '规定的值'} 之一`;
    case 'unrecognized_keys':
      return `无法识别的项：${(i as { keys: string[] }).keys.join('、')}`;
    case 'too_small':
    case 'too_big':
      return `超出允许范围（${i.message}）`;
    default:
      return i.message;
  }
}

/** Parses a compose input from YAML or JSON text and validates it; errors name the field, in Chinese. */
export function parseComposeInput(text: string, file = '输入'): ComposeInput {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new JuesuanError('INVALID_INPUT', `${file} 不是有效的 YAML/JSON：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const parsed = ComposeInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new JuesuanError('INVALID_INPUT', `${file} 的内容不符合编制输入的格式（见 docs/compose-input.md）：\n${describeIssues(parsed.error.issues)}`);
  }
  return parsed.data;
}

/** Reads and validates a compose input file. */
export async function readComposeInput(file: string): Promise<ComposeInput> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new JuesuanError('NOT_FOUND', `找不到文件：${file}。请检查路径是否正确。`);
  }
  return parseComposeInput(text, file);
}
