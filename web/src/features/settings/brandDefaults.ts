import { useQuery } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';

/** The brand's default currency and zone, which new profiles and definitions start from. */
export const BrandDefaultsQuery = graphql(`
  query BrandDefaults {
    settings {
      defaultCurrency
      defaultTimezone
    }
  }
`);

export function useBrandDefaults() {
  const { data } = useQuery(BrandDefaultsQuery);
  return data?.settings ?? null;
}
