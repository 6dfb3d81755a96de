// Typed-array columns that grow with the row count (rows are MiniSearch short ids, which only grow).

type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array

/** Returns `array` or a copy with room for at least `size` elements (capacity doubles). */
export function ensureCapacity<T extends TypedArray>(array: T, size: number): T {
  if (size <= array.length) return array
  let capacity = Math.max(16, array.length)
  while (capacity < size) capacity *= 2
  const grown = new (array.constructor as new (n: number) => T)(capacity)
  grown.set(array)
  return grown
}
