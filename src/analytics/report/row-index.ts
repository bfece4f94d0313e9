/**
 * Rows bucketed by a dense key (counting sort): the rows of key k are
 * rows[offsets[k] .. offsets[k + 1]), in row order. Rows whose key is -1 are left out.
 */
export interface RowIndex {
  offsets: Int32Array;
  rows: Int32Array;
}

export function indexRows(keys: Int32Array, keyCount: number): RowIndex {
  const offsets = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) offsets[keys[i] + 1]++;
  for (let k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
  const next = offsets.slice(0, keyCount);
  const rows = new Int32Array(offsets[keyCount]);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) rows[next[keys[i]]++] = i;
  return { offsets, rows };
}

/**
 * How many distinct keys of the index have a row in each group: a row counts when
 * `group[row]` ≥ 0 and `include` (when given) is set for it. One mark per group
 * remembers the last key that counted there, so no set is needed.
 */
export function distinctPerGroup(index: RowIndex, group: Int32Array, groupCount: number, include?: Uint8Array): Float64Array {
  const counts = new Float64Array(groupCount);
  const mark = new Int32Array(groupCount).fill(-1);
  const { offsets, rows } = index;
  for (let k = 0; k + 1 < offsets.length; k++) {
    for (let j = offsets[k]; j < offsets[k + 1]; j++) {
      const i = rows[j];
      const g = group[i];
      if (g < 0 || (include && !include[i]) || mark[g] === k) continue;
      mark[g] = k;
      counts[g]++;
    }
  }
  return counts;
}
