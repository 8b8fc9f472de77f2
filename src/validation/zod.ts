/**
 * zod, set up once for the whole program. Each schema here validates a data file or the
 * environment once per process, and zod's default compiles a parser for every object schema (with
 * `new Function`, which no code cache keeps) on its first parse: slower than simply walking the
 * schema, for a parse that happens once. `jitless` walks it.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
