import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="page">
      <title>Page not found · Rewards</title>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to the dashboard</Link>.
      </p>
    </div>
  );
}
