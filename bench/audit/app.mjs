// The app under audit: the jar on a free port, its H2 database in a throwaway directory, its base map the
// tile stand-in. Stopped (and the directory removed) by close().
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 180_000;

export async function startApp(jar, basemapUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kcn-audit-'));
  const port = await freePort();
  const log = join(dataDir, 'app.log');
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const app = spawn(java, ['-jar', jar, `--server.port=${port}`], {
    env: { ...process.env, KCN_DATA_DIR: dataDir, KCN_BASEMAP_URL: basemapUrl },
    stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')],
  });
  const exited = new Promise((resolve) => app.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (app.exitCode === null) app.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode}) before it was up; see ${log}`);
    try {
      const health = await fetch(`${url}/actuator/health`);
      if (health.ok) return { url, log, close };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await close();
  throw new Error(`the app was not up within ${START_TIMEOUT_MS / 1000} s`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
