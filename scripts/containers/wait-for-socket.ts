// Waits until a Docker-compatible API answers GET /_ping on a unix socket
// (podman system service takes a moment to listen), or exits 1.
// Usage: node wait-for-socket.ts <socket path> <timeout ms>
import { request } from 'node:http';

const [socketPath, timeoutArg] = process.argv.slice(2);
if (!socketPath) throw new Error('usage: wait-for-socket.ts <socket path> [timeout ms]');
const deadline = Date.now() + Number(timeoutArg ?? 20_000);

function ping(): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

while (!(await ping())) {
  if (Date.now() > deadline) {
    process.stderr.write(`no Docker-compatible API on ${socketPath}\n`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
