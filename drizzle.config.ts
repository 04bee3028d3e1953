import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/store/schema.ts and applied at start-up on PGlite or PostgreSQL.
export default defineConfig({ dialect: 'postgresql', schema: './src/store/schema.ts', out: './migrations' });
