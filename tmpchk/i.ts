import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { generateSm2KeyPair, sm2Sign, sm2PublicKeyPem, sm2SignatureToDer } from '../src/licences/sm2.js';
const k = generateSm2KeyPair();
const msg = Buffer.from('hello');
const s = sm2Sign(msg, k.privateKey, k.publicKey);
fs.writeFileSync('/tmp/p.pem', sm2PublicKeyPem(k.publicKey)); fs.writeFileSync('/tmp/s.der', sm2SignatureToDer(s)); fs.writeFileSync('/tmp/m.bin', msg);
console.log(k.publicKey.length, s.length);
for (const extra of [[], ['-pkeyopt', 'distid:1234567812345678']]) {
try { console.log(execFileSync('openssl', ['pkeyutl','-verify','-pubin','-inkey','/tmp/p.pem','-rawin','-digest','sm3','-in','/tmp/m.bin','-sigfile','/tmp/s.der', ...extra], {encoding:'utf8'})); } catch (e: any) { console.log('ERR', e.stdout, e.stderr); }
}
