/**
 * The reference day of this build, for dated warnings: today in the
 * Netherlands, or `BUILD_DATE=YYYY-MM-DD` (tests, previews of a coming day).
 * Read once from the environment; a value that is no real date stops the build
 * with a Dutch message rather than silently using today.
 */
import { referenceDayOf } from '../model/index.ts';

const result = referenceDayOf(process.env.BUILD_DATE);
if (!result.ok) throw new Error(result.message);

export const referenceDay: Date = result.day;
