import { type ParseArgsConfig, parseArgs } from 'node:util';
import { JuesuanError } from '../errors.js';

/** A usage error: reported with the usage text and exit code 2. */
export function usage(message: string): JuesuanError {
  return new JuesuanError('USAGE', message);
}

/** Parses a command's arguments strictly, turning Node's errors into a Chinese usage error. */
export function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usage(`参数错误：${parseArgsProblem(e)}`);
  }
}

/** Node's parseArgs error (English) said in Chinese, naming the option it is about. */
function parseArgsProblem(e: unknown): string {
  const code = (e as { code?: string } | null)?.code ?? '';
  const m = e instanceof Error ? e.message : '';
  const option = /--[\w-]+/.exec(m)?.[0] ?? /'([^']+)'/.exec(m)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的选项 ${option}。`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `选项 ${option} 缺少取值或取值不对。`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${option}。`;
    default:
      return '无法解析命令行参数。';
  }
}

/** The value of an option restricted to a few words, or the fallback when absent. */
export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`--${name} 的取值必须是 ${allowed.join('、')} 之一，收到：${String(value)}`);
}
