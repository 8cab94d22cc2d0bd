/** The part of the `stopword` package (which ships no types) that the search build uses: word lists per language. */
declare module 'stopword' {
  export const nld: readonly string[];
  export const eng: readonly string[];
}
