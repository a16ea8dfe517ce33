import { useState } from 'react';
import { SelectField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import type { Role } from '../../graphql/generated/graphql';
import { errorMessage, graphQLErrorCode, type Refusal } from '../../lib/errors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { useSetUserRole } from './queries';
import { ROLE_WORDS, ROLES } from './roles';

const ROLE_FIELDS = { role: { label: 'New role' } };

/**
 * Changes a staff member's role, after saying what the new role may do. The server keeps the
 * last active administrator's role; its refusal is shown next to the role.
 */
export function RoleForm({
  user,
  self,
  onDone,
  onCancel,
}: {
  user: { id: string; name: string; role: Role };
  /** The signed-in administrator's own account. */
  self: boolean;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const [setUserRole] = useSetUserRole();
  const [role, setRole] = useState<Role>(() => ROLES.find((r) => r !== user.role) ?? user.role);
  const errors = useFieldErrors(ROLE_FIELDS);
  const current = ROLE_WORDS[user.role];
  const losesAccess = self && user.role === 'ADMIN' && role !== 'ADMIN';

  function submit(): Refusal | Promise<Refusal | void> {
    if (role === user.role) {
      return { fields: { role: `${self ? 'You are' : 'They are'} ${current.noun} already.` } };
    }
    return (async () => {
      try {
        await setUserRole({ variables: { id: user.id, role } });
      } catch (caught) {
        if (
          graphQLErrorCode(caught) === 'BAD_USER_INPUT' &&
          /last active administrator/i.test(errorMessage(caught))
        ) {
          const whose = self ? 'your' : 'their';
          return {
            fields: {
              role:
                `${self ? 'You are' : `${user.name} is`} the only active administrator. Make ` +
                `someone else an administrator first, then change ${whose} role.`,
            },
          };
        }
        throw caught;
      }
      onDone(
        `${self ? 'You are' : `${user.name} is`} now ${ROLE_WORDS[role].noun}. It applies at ` +
          `once, also where ${self ? 'you are' : 'they are'} signed in.`,
      );
    })();
  }

  return (
    <FormDialog
      submitLabel="Change role"
      submittingLabel="Changing…"
      danger={losesAccess}
      onSubmit={submit}
      onCancel={onCancel}
      fieldErrors={errors}
    >
      <p>
        {self ? 'You are' : `${user.name} is`} {current.noun} now. The new role applies at once,
        also to the sessions {self ? 'you are' : 'they are'} signed in with.
      </p>
      <SelectField
        label="New role"
        value={role}
        hint={`${ROLE_WORDS[role].name}: ${ROLE_WORDS[role].description}`}
        {...errors.bind('role', (value: string) => setRole(value as Role))}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r === user.role ? `${ROLE_WORDS[r].name} (current)` : ROLE_WORDS[r].name}
          </option>
        ))}
      </SelectField>
      {losesAccess && (
        <p className="preview-warning">
          You will no longer manage staff users, API keys, settings or reward setup: this page
          closes to you as soon as you confirm.
        </p>
      )}
    </FormDialog>
  );
}
