import { InMemoryCache } from '@apollo/client';
import { possibleTypes } from '../graphql/generated/possibleTypes';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      // A profile's balance has no id; lists and the profile page select different fields of it.
      RewardBalance: { merge: true },
    },
  });
}
