'use client';
// Going to another state of the catalogue is going to its address: the server renders it (the
// first screen), Back returns to the previous one, and the scroll stays where the user is.
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { type CatalogueState, catalogueHref } from './catalogue-url';

export function useCatalogueNav() {
  const router = useRouter();
  return useCallback(
    (next: CatalogueState, options: { replace?: boolean } = {}) => {
      const href = catalogueHref(next);
      if (options.replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    },
    [router],
  );
}
