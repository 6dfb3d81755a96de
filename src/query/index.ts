export {}
export { parseQuery, formatQuery } from './parse-query.js'
