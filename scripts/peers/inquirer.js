// A minimal questionnaire on @inquirer/prompts, the benchmark's second peer: scripts/bench.js bundles it the
// way scripts/build.js bundles the CLI and times how long its first prompt takes to appear in a
// pseudo-terminal.
import {confirm, select} from '@inquirer/prompts';
import {CONTACTS, LENDER} from './question.js';

const lender = await select({message: LENDER.message, choices: LENDER.options.map(({value, label}) => ({value, name: label}))});
const contacts = await confirm({message: CONTACTS});
console.log(JSON.stringify({lender, contacts}));
