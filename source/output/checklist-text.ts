export {checklistText} from './render.js';
