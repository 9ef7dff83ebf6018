import { Input } from 'antd';
import { useState } from 'react';

/**
 * The search box of a filter bar: typing does not filter until Enter (a list is not reloaded per key
 * on a slow line); clearing the box clears the filter at once.
 */
export function FilterSearch({ value, placeholder, onSearch }: { value: string | undefined; placeholder: string; onSearch: (q: string | undefined) => void }) {
  const [search, setSearch] = useState(value ?? '');
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      value={search}
      onChange={(e) => {
        setSearch(e.target.value);
        if (!e.target.value) onSearch(undefined);
      }}
      onSearch={(q) => onSearch(q || undefined)}
      className="filter-search"
    />
  );
}
