import { instanceStatus, resetInstance, startInstance, stopInstance } from '../local-neo4j/control';
import { boltUri, browserUrl, devInstance } from '../local-neo4j/instances';
import { provision } from '../local-neo4j/provision';
import { runCli } from './run-cli';

const USAGE = 'usage: db <provision|start|stop|status|reset --yes>';

runCli(async (args) => {
  const instance = devInstance();
  const log = (line: string) => console.log(line);
  switch (args[0]) {
    case 'provision':
      return provision(log);
    case 'start':
      return startInstance(instance, log);
    case 'stop':
      return stopInstance(instance, log);
    case 'status': {
      const status = await instanceStatus(instance);
      if (!status.running) {
        log(`Neo4j "${instance.name}" is not running.`);
        return 3;
      }
      log(`Neo4j "${instance.name}" is running (pid ${status.pid}); Bolt ${boltUri(instance)} is ${status.bolt}.`);
      log(`  Browser: ${browserUrl(instance)}`);
      return status.bolt === 'up' ? 0 : 1;
    }
    case 'reset':
      if (!args.includes('--yes')) {
        console.error('db:reset deletes all local Neo4j data. Run it again as `npm run db:reset -- --yes`.');
        return 2;
      }
      return resetInstance(instance, log);
    default:
      console.error(USAGE);
      return 2;
  }
});
