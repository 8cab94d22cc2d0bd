/**
 * Ports of the local servers (preview, dev, CMS, screenshots): chosen with
 * `--port <n>` or an environment variable, and refused loudly, in Dutch, when
 * taken — a second instance must not silently serve somewhere else.
 */
import { createServer } from 'node:net';

/** `--port <n>` / `--port=<n>` from the arguments, else the variable, else the default. */
export function choosePort(args: readonly string[], env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const index = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const written = index < 0 ? env[variable] : args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  if (written === undefined || written === '') return fallback;
  const port = Number(written);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Poort "${written}" is geen geldig poortnummer. Kies een getal tussen 1024 en 65535, bijvoorbeeld ${variable}=4330.`);
    process.exit(1);
  }
  return port;
}

/** The arguments without `--port <n>`, to pass the rest on. */
export function withoutPort(args: readonly string[]): string[] {
  const rest: string[] = [];
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--port') index++;
    else if (!args[index]!.startsWith('--port=')) rest.push(args[index]!);
  }
  return rest;
}

export async function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Stops the program with a Dutch explanation when the port is taken. */
export async function requireFreePort(port: number, what: string, variable: string, command: string, host = '127.0.0.1'): Promise<void> {
  if (await isPortFree(port, host)) return;
  console.error(
    `Poort ${port} is al in gebruik, dus ${what} kan niet starten.\n` +
      `Draait er nog een voorbeeld, de CMS of een ander programma? Stop dat eerst (Ctrl+C in dat venster),\n` +
      `of kies een andere poort, bijvoorbeeld: ${variable}=${port + 10} npm run ${command}`,
  );
  process.exit(1);
}
