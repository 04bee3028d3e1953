import { readdir as readdirCallback, readFile as readFileCallback, rename as renameCallback, stat as statCallback, writeFile as writeFileCallback } from 'node:fs';
import { promisify } from 'node:util';

/**
 * The few file operations `juesuan check` makes, as promises over node:fs's callback functions
 * rather than from node:fs/promises: importing that module makes Node load and compile some
 * thirty of its own modules (readline, file watchers, streams) that a check never uses, a few
 * milliseconds of every start-up (see README, Start-up). Same operations, same errors.
 */
export const readFile = promisify(readFileCallback);
export const writeFile = promisify(writeFileCallback);
export const rename = promisify(renameCallback);
export const stat = promisify(statCallback);
export const readdir = promisify(readdirCallback);
