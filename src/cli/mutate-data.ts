/** `npm run mutate-data [-- --json] [-- --edition OB2025]`: the mutation run of the data check. */
import { mutateDataMain } from './checkData/mutateDataMain';

process.exitCode = mutateDataMain(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
