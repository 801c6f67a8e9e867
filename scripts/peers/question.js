// The first question both peer questionnaires ask (./clack.js, ./inquirer.js), shared so they paint the
// same text and scripts/bench.js knows what to wait for. Benchmark fixtures, never shown to anyone using
// the CLI.
export const LENDER = {
  message: 'Who do you owe money to?',
  options: [
    {value: 'bank', label: 'A bank or its credit card'},
    {value: 'licensed', label: 'A licensed lending app'},
    {value: 'unlicensed', label: 'An app without a licence'},
    {value: 'unsure', label: 'I am not sure'},
  ],
};
export const CONTACTS = 'Did the app ask for your contacts?';
