import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { FormDialog } from '../../components/FormDialog';
import { graphql } from '../../graphql/generated';
import { formatInstant } from '../../lib/dates';
import { humanMessage } from '../../lib/errors';

export const CreateExtensionLinkMutation = graphql(`
  mutation CreateRewardExtensionLink($rewardId: ID!) {
    createRewardExtensionLink(rewardId: $rewardId) {
      __typename
      ... on RewardExtensionLink {
        url
        expiresAt
      }
      ... on NotFoundError {
        errorCode
        message
      }
      ... on RewardNotExtendableError {
        errorCode
        message
      }
    }
  }
`);

export interface LinkableReward {
  id: string;
  name: string;
  timezone: string;
  extensionDays: number;
}

/**
 * Makes a single-use Profile Portal link for a reward and shows it to copy into an email or a
 * chat: the customer opens it, without signing in, to extend the reward once.
 */
export function ExtensionLinkForm({
  reward,
  onDone,
}: {
  reward: LinkableReward;
  onDone: () => void;
}) {
  const [createLink] = useMutation(CreateExtensionLinkMutation);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const days = reward.extensionDays === 1 ? '1 day' : `${reward.extensionDays} days`;

  async function submit() {
    const { data } = await createLink({ variables: { rewardId: reward.id } });
    const result = data?.createRewardExtensionLink;
    if (!result) return;
    if (result.__typename !== 'RewardExtensionLink') return humanMessage(result.message);
    setLink({ url: result.url, expiresAt: result.expiresAt });
  }

  if (link) {
    return (
      <div className="link-result">
        <p>
          Send this link to the customer. It works once, until{' '}
          {formatInstant(link.expiresAt, reward.timezone)}.
        </p>
        <p className="secret-row">
          <code className="secret" data-testid="extension-link">
            {link.url}
          </code>
          <CopyButton text={link.url} />
        </p>
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={onDone}>
            Done
          </button>
        </div>
      </div>
    );
  }
  return (
    <FormDialog
      submitLabel="Create link"
      submittingLabel="Creating…"
      onSubmit={submit}
      onCancel={onDone}
    >
      <p>
        The customer opens the link on their phone or computer, without signing in, and can extend
        this reward by {days}, once. The link works for 30 days and only for this reward.
      </p>
    </FormDialog>
  );
}
