// The method lives in scoring/ntile.ts; re-exported here for existing imports.
export { ntileScores } from './scoring/ntile';
