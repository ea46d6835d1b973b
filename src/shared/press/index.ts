// Press releases: the document model, the placeholder catalogue and logic-less renderer, the facts
// of an event per language, date and list rules, starter templates, the workflow, comparisons
// and the outputs (plain text, clean HTML, .docx).
export * from './catalogue'
export * from './dates'
export * from './doc-model'
export * from './fact-diff'
export * from './facts'
export * from './join-list'
export * from './language'
export * from './markup'
export * from './output-html'
export * from './output-text'
export * from './participant-filter'
export * from './release-model'
export * from './render'
export * from './starter-templates'
export * from './template-model'
export * from './word-diff'
