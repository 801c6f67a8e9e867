// A minimal questionnaire on @clack/prompts, the benchmark's first peer: scripts/bench.js bundles it the way
// scripts/build.js bundles the CLI and times how long its first prompt takes to appear in a pseudo-terminal.
import {confirm, isCancel, select} from '@clack/prompts';
import {CONTACTS, LENDER} from './question.js';

const lender = await select(LENDER);
if (isCancel(lender)) process.exit(130);
const contacts = await confirm({message: CONTACTS});
if (isCancel(contacts)) process.exit(130);
console.log(JSON.stringify({lender, contacts}));
