#!/usr/bin/env node
// 统一公共支付平台（沙箱）: the payment platform the platform uses when no real one is configured (see README).
import { register } from 'tsx/esm/api';

register();
await import('../src/payments/sandbox/main.ts');
