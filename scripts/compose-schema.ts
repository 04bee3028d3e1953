// Writes docs/compose-input.schema.json from the zod schemas of the compose input (src/model/compose-input.ts).
// Usage: npm run docs:compose-schema
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ComposeInputSchema } from '../src/model/compose-input.js';

const schema = z.toJSONSchema(ComposeInputSchema, { io: 'input', target: 'draft-2020-12' });
const out = { ...schema, $id: 'https://github.com/juesuan/juesuan/docs/compose-input.schema.json', title: 'juesuan render 的编制输入（一个部门一个年度）' };
writeFileSync('docs/compose-input.schema.json', `${JSON.stringify(out, null, 2)}\n`);
