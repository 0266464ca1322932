// npm run workbook -- --out plan.xlsx : the one-click sheets as an .xlsx, without Excel.
import packageJson from '../../package.json';
import { runWorkbookCommand } from './workbook/run';

runWorkbookCommand(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) }, { addinVersion: packageJson.version, today: new Date().toISOString().slice(0, 10) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`workbook: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
