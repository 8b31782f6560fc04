/**
 * The shape every translation must have: exactly the English keys, every value a string. Each
 * non-English file ends in `satisfies Translation<typeof en>`, so a missing key is a type error and an
 * extra one an excess-property error (the key-completeness unit test checks the same at run time).
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>
}
