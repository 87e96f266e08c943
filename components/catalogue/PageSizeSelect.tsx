'use client';
// How many cards a page holds (12, 24, 48, 96): the choice goes to the URL, and the new page is
// the one that still shows the first card the user was looking at.
import { useId } from 'react';
import { CATALOGUE_PAGE_SIZES, type CataloguePageSize, type CatalogueState, pageKeepingPlace } from './catalogue-url';
import { useCatalogueNav } from './use-catalogue-nav';

export function PageSizeSelect({ address }: { address: CatalogueState }) {
  const navigate = useCatalogueNav();
  const id = useId();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-neutral-300">
        Per page
      </label>
      <select
        id={id}
        value={address.pageSize}
        onChange={(e) => {
          const pageSize = Number(e.target.value) as CataloguePageSize;
          navigate({ ...address, pageSize, page: pageKeepingPlace(address.page, address.pageSize, pageSize) });
        }}
        className="rounded border border-neutral-700 bg-neutral-900 px-2 py-1.5 text-neutral-100"
      >
        {CATALOGUE_PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </div>
  );
}
