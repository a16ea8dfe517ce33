import { useMutation } from '@apollo/client/react';
import { graphql } from '../../graphql/generated';
import { useRefetchingMutation } from '../../lib/useRefetchingMutation';

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks {
      id
      url
      events
      active
      disabledReason
      failingSince
      createdAt
    }
  }
`);

/** One endpoint's state and one page of its deliveries. */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {
    webhook(id: $id) {
      id
      url
      events
      active
      disabledReason
      failingSince
      createdAt
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...DeliveryRow_delivery
          }
        }
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: WebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        url
        events
        active
        disabledReason
        failingSince
        createdAt
      }
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

export const EnableWebhookMutation = graphql(`
  mutation EnableWebhook($id: ID!) {
    enableWebhook(id: $id) {
      __typename
      ... on Webhook {
        id
        active
        disabledReason
        failingSince
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      __typename
      ... on WebhookCreated {
        secret
        webhook {
          id
          url
        }
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      __typename
      ... on WebhookDelivery {
        id
        ...DeliveryRow_delivery
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);

const LISTS = [WebhooksQuery, WebhookDeliveriesQuery];

export function useCreateWebhook() {
  return useRefetchingMutation(CreateWebhookMutation, [WebhooksQuery]);
}

/** A deleted endpoint leaves the cache, so no page shows it again (the list refetches too). */
export function useDeleteWebhook() {
  return useMutation(DeleteWebhookMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.deleteWebhook || !variables) return;
      cache.evict({ id: cache.identify({ __typename: 'Webhook', id: variables.id }) });
      cache.gc();
    },
    refetchQueries: (result) => (result.data?.deleteWebhook ? [WebhooksQuery] : []),
    awaitRefetchQueries: true,
  });
}

/** Turning an endpoint on again also sends what waited: its deliveries change too. */
export function useEnableWebhook() {
  return useRefetchingMutation(
    EnableWebhookMutation,
    LISTS,
    (data) => data.enableWebhook.__typename === 'Webhook',
  );
}

export function useRotateWebhookSecret() {
  return useMutation(RotateWebhookSecretMutation);
}

/** The delivery comes back queued; the cache updates its row by id. */
export function useRedeliverWebhook() {
  return useMutation(RedeliverWebhookMutation);
}
