// A minimal questionnaire on @inquirer/prompts, the benchmark's second peer: scripts/bench.js bundles it the
// way scripts/build.js bundles the CLI and times how long its first prompt takes to appear in a
// pseudo-terminal. Its wording is a benchmark fixture (kept equal to ./clack.js), never shown to anyone
// using the CLI.
import {confirm, select} from '@inquirer/prompts';

const lender = await select({
  message: 'Who do you owe money to?',
  choices: [
    {value: 'bank', name: 'A bank or its credit card'},
    {value: 'licensed', name: 'A licensed lending app'},
    {value: 'unlicensed', name: 'An app without a licence'},
    {value: 'unsure', name: 'I am not sure'},
  ],
});
const contacts = await confirm({message: 'Did the app ask for your contacts?'});
console.log(JSON.stringify({lender, contacts}));
