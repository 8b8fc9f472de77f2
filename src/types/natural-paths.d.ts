// natural's root import pulls storage back-ends and prints dotenv banners; we import its pieces by
// path, which ship without their own declarations.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function jaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    addDocument(document: string | string[], key?: unknown): void;
    tfidf(terms: string | string[], d: number): number;
    listTerms(d: number): { term: string; tf: number; idf: number; tfidf: number }[];
    setTokenizer(t: { tokenize(text: string): string[] }): void;
    idf(term: string): number;
    tfidfs(terms: string | string[]): number[];
  }
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
