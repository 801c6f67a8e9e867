// A minimal questionnaire on @clack/prompts, the benchmark's first peer: scripts/bench.js bundles it the way
// scripts/build.js bundles the CLI and times how long its first prompt takes to appear in a pseudo-terminal.
// Its wording is a benchmark fixture (kept equal to ./inquirer.js), never shown to anyone using the CLI.
import {confirm, isCancel, select} from '@clack/prompts';

const lender = await select({
  message: 'Who do you owe money to?',
  options: [
    {value: 'bank', label: 'A bank or its credit card'},
    {value: 'licensed', label: 'A licensed lending app'},
    {value: 'unlicensed', label: 'An app without a licence'},
    {value: 'unsure', label: 'I am not sure'},
  ],
});
if (isCancel(lender)) process.exit(130);
const contacts = await confirm({message: 'Did the app ask for your contacts?'});
if (isCancel(contacts)) process.exit(130);
console.log(JSON.stringify({lender, contacts}));
