import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { errorMessage } from '../../lib/errors';
import { TimeZoneProvider } from '../../lib/timeZone';
import { HoldsList } from '../redemptions/HoldsList';
import { RedeemForm } from '../redemptions/RedeemForm';
import { RedemptionsList } from '../redemptions/RedemptionsList';
import { ClaimableRewards } from '../reactions/ClaimableRewards';
import { IssueRewardForm } from '../rewards/IssueRewardForm';
import { LedgerTable } from '../rewards/LedgerTable';
import { RewardsList } from '../rewards/RewardsList';
import { Balances } from './Balances';
import { ProfileDetails } from './ProfileDetails';
import { profileName } from './profileName';
import { ProfilePageQuery } from './queries';

export function ProfilePage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ProfilePageQuery, { variables: { id } });
  const [issuing, setIssuing] = useState(false);
  const [redeeming, setRedeeming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const closeIssue = useCallback(() => setIssuing(false), []);
  const closeRedeem = useCallback(() => setRedeeming(false), []);

  if (loading && !data) return <p className="muted">Loading…</p>;
  if (error && !data) {
    return (
      <div className="page">
        <ErrorAlert message={errorMessage(error)} />
      </div>
    );
  }
  const profile = data?.profile;
  if (!profile) {
    return (
      <div className="page">
        <title>Profile not found · Rewards</title>
        <h1>Profile not found</h1>
        <p>
          There is no profile with this id. <Link to="/profiles">Search profiles</Link>.
        </p>
      </div>
    );
  }
  const name = profileName(profile);
  // The brand's currency first (the profile's default balance), then any other it holds.
  const currencies = [
    ...new Set([profile.balance.currency, ...profile.balances.map((b) => b.currency)]),
  ];

  return (
    // A customer's page shows every time in the customer's zone.
    <TimeZoneProvider zone={profile.timezone}>
      <div className="page page-wide">
        <title>{`${name} · Rewards`}</title>
        <p className="breadcrumb">
          <Link to="/profiles">Profiles</Link> /
        </p>
        <div className="page-header">
          <h1>{name}</h1>
          <p className="muted page-zone">Times in the customer’s zone, {profile.timezone}.</p>
          <div className="page-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotice(null);
                setRedeeming(true);
              }}
            >
              Redeem
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setNotice(null);
                setIssuing(true);
              }}
            >
              Issue reward
            </button>
          </div>
        </div>
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <div className="profile-top">
          <Balances balances={profile.balances} fallback={profile.balance} />
          <ProfileDetails profile={profile} />
        </div>
        <HoldsList profileId={profile.id} onNotice={setNotice} />
        <ClaimableRewards profileId={profile.id} onNotice={setNotice} />
        <RewardsList profileId={profile.id} onNotice={setNotice} />
        <RedemptionsList profileId={profile.id} onNotice={setNotice} />
        <LedgerTable profileId={profile.id} />

        {issuing && (
          <Modal title={`Issue a reward to ${name}`} onClose={closeIssue}>
            <IssueRewardForm
              profileId={profile.id}
              timezone={profile.timezone}
              onIssued={(message) => {
                setIssuing(false);
                setNotice(message);
              }}
              onCancel={closeIssue}
            />
          </Modal>
        )}
        {redeeming && (
          <Modal title={`Redeem rewards for ${name}`} onClose={closeRedeem}>
            <RedeemForm
              profileId={profile.id}
              currencies={currencies}
              onRedeemed={(message) => {
                setRedeeming(false);
                setNotice(message);
              }}
              onCancel={closeRedeem}
            />
          </Modal>
        )}
      </div>
    </TimeZoneProvider>
  );
}
