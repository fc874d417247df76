import { z } from 'zod';
import path from 'node:path';

/** Environment, validated once at start-up (the edge), then trusted. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  BANSHI_DATA_DIR: z.string().default('./data'),
  BANSHI_MASTER_KEY: z.string().min(32).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  BANSHI_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(256),
  BANSHI_PUBLIC_URL: z.string().url().optional(),
  BANSHI_CORRECTION_DAYS: z.coerce.number().int().min(5).max(365).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  databaseUrl?: string;
  port: number;
  host: string;
  dataDir: string;
  /** 32+ characters; encrypts private keys at rest. Absent: a development key is kept in the data dir. */
  masterKey?: string;
  poolSize?: number;
  maxInFlight: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** The address the public reaches the platform at (printed in licence QR codes). Absent: http://host:port. */
  publicUrl?: string;
  /** Working days an applicant has to answer a correction request before the application counts as withdrawn (default 30). */
  correctionWorkingDays?: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = EnvSchema.parse(env);
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.BANSHI_DATA_DIR),
    masterKey: e.BANSHI_MASTER_KEY,
    poolSize: e.DB_POOL_SIZE,
    maxInFlight: e.BANSHI_MAX_IN_FLIGHT,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.BANSHI_PUBLIC_URL?.replace(/\/+$/, ''),
    correctionWorkingDays: e.BANSHI_CORRECTION_DAYS,
  };
}
