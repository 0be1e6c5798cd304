import { mkdirSync } from 'node:fs';
import { seedDemoNetwork } from './cli/seed-demo';
import { ConfigError, loadConfig } from './config';
import { prepareBenchmarks } from './services/network/prepare-benchmarks';
import { allServices } from './services/network/service-list';
import { startTelemetry } from './telemetry';

/** `npm start`: configuration, the app on the chosen storage, the demo network on first start, then listen. */
async function main(): Promise<void> {
  // First: Application Insights (when configured) must hook http before restify, msal or botbuilder load.
  const telemetry = await startTelemetry();
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const { createApp } = await import('./server.js');
  const app = await createApp(config);
  if (telemetry.enabled) app.logger.info('Sending traces to Application Insights.');
  if (config.storage === 'sqlite' && config.seedDemo) {
    const seeded = await seedDemoNetwork(app.ports.store, app.ports.clock.now());
    if (seeded) app.logger.info('Seeded the demo network (KCH, SLaM, GSTT) on first start.');
  }
  await new Promise<void>((resolve) => app.server.listen(config.port, resolve));
  // Not awaited: the first dashboards find the network's benchmarks ready rather than waiting for them, and start
  // is not held up (on SharePoint they are several Graph pages). A dashboard asking meanwhile shares the work.
  prepareBenchmarks(app.ports).catch((error: unknown) => {
    app.logger.warn({ err: error }, 'could not work out the network benchmarks at start; the first dashboard will');
  });
  // The services' names too, for the network-wide views (kept and refreshed in the background from then on).
  allServices(app.ports).catch((error: unknown) => {
    app.logger.warn({ err: error }, 'could not read the services at start; the first network view will');
  });
  const url = config.publicUrl;
  process.stdout.write(
    `\nMind & Body QIN is running at ${url}\n` +
      (config.localMode
        ? `Local mode: open ${url} and "sign in as" a demo person, or call the API with a token from POST ${url}/api/v1/dev/sign-in\n`
        : '') +
      `Press Ctrl+C to stop.\n\n`,
  );
  const stop = () => {
    app.logger.info('Shutting down');
    void app
      .close()
      .then(() => telemetry.shutdown())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
