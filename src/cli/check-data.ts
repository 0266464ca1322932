/** `npm run check-data [-- --json] [-- --edition OB2025]`: the data check of an edition. */
import { checkDataMain } from './checkData/checkDataMain';

process.exitCode = checkDataMain(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
