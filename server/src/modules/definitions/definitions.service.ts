import { In } from 'typeorm';
import { badInput } from '../../core/errors';
import { newId } from '../../core/ids';
import type { RequestContext } from '../../core/context';
import * as check from '../../core/validate';
import { rowsById } from '../../core/loaders';
import type { SettingsService } from '../settings';
import { RewardDefinitionEntity } from './reward-definition.entity';
import { RewardTypeEntity } from './reward-type.entity';
import type { RewardDefinitionInput, RewardTypeInput } from './definitions.types';

const TYPE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HANDLE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
// The longest relative expiry per unit: ten years.
const MAX_PERIOD = { DAYS: 3660, WEEKS: 522, MONTHS: 120, YEARS: 10 } as const;

/** Reward types and the definitions rewards are issued from. */
export class DefinitionsService {
  constructor(private readonly deps: { settings: SettingsService }) {}

  listTypes(ctx: RequestContext, includeArchived: boolean): Promise<RewardTypeEntity[]> {
    return ctx.em.find(RewardTypeEntity, {
      where: includeArchived ? {} : { archived: false },
      order: { name: 'ASC' },
    });
  }

  /** A reward type by id, batched per request. */
  loadType(ctx: RequestContext, id: string): Promise<RewardTypeEntity> {
    return ctx.loaders
      .get(
        'definitions.type',
        rowsById(
          (ids) => ctx.em.find(RewardTypeEntity, { where: { id: In([...ids]) } }),
          'reward type',
        ),
      )
      .load(id);
  }

  /** A reward definition by id, batched per request. */
  loadDefinition(ctx: RequestContext, id: string): Promise<RewardDefinitionEntity> {
    return ctx.loaders
      .get(
        'definitions.definition',
        rowsById(
          (ids) => ctx.em.find(RewardDefinitionEntity, { where: { id: In([...ids]) } }),
          'reward definition',
        ),
      )
      .load(id);
  }

  private typeFields(input: RewardTypeInput) {
    const key = input.key.trim();
    if (!TYPE_KEY.test(key) || key.length > 64) {
      throw badInput(
        'key must be lower-case words joined by hyphens (at most 64 characters)',
        'key',
      );
    }
    const extensionDays = check.wholeNumber(input.extensionDays, 'extensionDays', 0, 3650);
    if (input.extensionEnabled && extensionDays === 0) {
      throw badInput(
        'extensionDays must be at least 1 when extensions are enabled',
        'extensionDays',
      );
    }
    return {
      key,
      name: check.requiredText(input.name, 'name', 120),
      description: check.optionalText(input.description, 'description', 1000, { multiline: true }),
      extensionEnabled: input.extensionEnabled,
      extensionDays,
    };
  }

  async createType(ctx: RequestContext, input: RewardTypeInput): Promise<RewardTypeEntity> {
    const fields = this.typeFields(input);
    return ctx.transaction(async (tx) => {
      if (await tx.em.exists(RewardTypeEntity, { where: { key: fields.key } })) {
        throw badInput(`A reward type with key '${fields.key}' already exists.`, 'key');
      }
      const type = tx.em.create(RewardTypeEntity, {
        id: newId(),
        ...fields,
        archived: false,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      });
      await tx.em.insert(RewardTypeEntity, type);
      return type;
    });
  }

  async updateType(ctx: RequestContext, id: string, input: RewardTypeInput) {
    const fields = this.typeFields(input);
    return ctx.transaction<RewardTypeEntity, RewardTypeEntity>(
      async (tx, type: RewardTypeEntity | null) => {
        if (!type) throw badInput(`No reward type with id ${id}.`, 'id');
        if (type.key !== fields.key) {
          throw badInput(
            'A reward type key cannot change; automation and reports rely on it.',
            'key',
          );
        }
        Object.assign(type, fields, { updatedAt: tx.now() });
        await tx.em.save(type);
        return type;
      },
      { lockFirst: { entity: RewardTypeEntity, id } },
    );
  }

  async archiveType(ctx: RequestContext, id: string): Promise<RewardTypeEntity> {
    return ctx.transaction<RewardTypeEntity, RewardTypeEntity>(
      async (tx, type: RewardTypeEntity | null) => {
        if (!type) throw badInput(`No reward type with id ${id}.`, 'id');
        if (!type.archived) {
          type.archived = true;
          type.updatedAt = tx.now();
          await tx.em.save(type);
        }
        return type;
      },
      { lockFirst: { entity: RewardTypeEntity, id } },
    );
  }

  listDefinitions(ctx: RequestContext, includeArchived: boolean) {
    return ctx.em.find(RewardDefinitionEntity, {
      where: includeArchived ? {} : { archived: false },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  async findDefinition(
    ctx: RequestContext,
    by: { id?: string | null; handle?: string | null },
  ): Promise<RewardDefinitionEntity | null> {
    if (!by.id === !by.handle) throw badInput('Give exactly one of id or handle.');
    return ctx.em.findOne(RewardDefinitionEntity, {
      where: by.id ? { id: by.id } : { handle: by.handle!.trim() },
    });
  }

  private async definitionFields(ctx: RequestContext, input: RewardDefinitionInput) {
    const handle = input.handle.trim();
    if (!HANDLE.test(handle) || handle.length > 100) {
      throw badInput(
        'handle must be lower-case letters and digits joined by hyphens or underscores (at most 100 characters)',
        'handle',
      );
    }
    const type = await ctx.em.findOne(RewardTypeEntity, { where: { id: input.typeId } });
    if (!type) throw badInput(`No reward type with id ${input.typeId}.`, 'typeId');
    if (type.archived) throw badInput(`Reward type '${type.key}' is archived.`, 'typeId');
    const value = check.positiveCents(input.value, 'value');
    const currency = input.currency
      ? check.currency(input.currency)
      : (await this.deps.settings.get(ctx)).defaultCurrency;

    const relative = input.expiryPeriod != null || input.expiryUnit != null;
    const absolute = input.absoluteExpiry != null;
    if (relative === absolute) {
      throw badInput(
        'Give either expiryPeriod with expiryUnit, or absoluteExpiry.',
        'expiryPeriod',
      );
    }
    let expiryPeriod: number | null = null;
    let expiryUnit: RewardDefinitionEntity['expiryUnit'] = null;
    let absoluteExpiry: Date | null = null;
    if (relative) {
      if (input.expiryPeriod == null || input.expiryUnit == null) {
        throw badInput('expiryPeriod and expiryUnit go together.', 'expiryUnit');
      }
      expiryUnit = input.expiryUnit;
      expiryPeriod = check.wholeNumber(
        input.expiryPeriod,
        'expiryPeriod',
        1,
        MAX_PERIOD[expiryUnit],
      );
    } else {
      absoluteExpiry = check.futureDate(input.absoluteExpiry!, ctx.now(), 'absoluteExpiry');
    }
    return {
      handle,
      name: check.requiredText(input.name, 'name', 200),
      description: check.optionalText(input.description, 'description', 2000, { multiline: true }),
      typeId: type.id,
      value,
      currency,
      expiryPeriod,
      expiryUnit,
      absoluteExpiry,
      activationDelayDays:
        input.activationDelayDays == null
          ? null
          : check.wholeNumber(input.activationDelayDays, 'activationDelayDays', 1, 365),
    };
  }

  private async assertHandleFree(ctx: RequestContext, handle: string, exceptId?: string) {
    const other = await ctx.em.findOne(RewardDefinitionEntity, { where: { handle } });
    if (other && other.id !== exceptId) {
      throw badInput(`A reward definition with handle '${handle}' already exists.`, 'handle');
    }
  }

  async createDefinition(
    ctx: RequestContext,
    input: RewardDefinitionInput,
  ): Promise<RewardDefinitionEntity> {
    return ctx.transaction<RewardDefinitionEntity>(async (tx) => {
      const fields = await this.definitionFields(tx, input);
      await this.assertHandleFree(tx, fields.handle);
      const definition = tx.em.create(RewardDefinitionEntity, {
        id: newId(),
        ...fields,
        assignable: input.assignable ?? true,
        published: input.published ?? false,
        archived: false,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      });
      await tx.em.insert(RewardDefinitionEntity, definition);
      return definition;
    });
  }

  async updateDefinition(ctx: RequestContext, id: string, input: RewardDefinitionInput) {
    return ctx.transaction<RewardDefinitionEntity, RewardDefinitionEntity>(
      async (tx, definition: RewardDefinitionEntity | null) => {
        if (!definition) throw badInput(`No reward definition with id ${id}.`, 'id');
        if (definition.archived) throw badInput('An archived definition cannot change.', 'id');
        const fields = await this.definitionFields(tx, input);
        await this.assertHandleFree(tx, fields.handle, id);
        Object.assign(definition, fields, {
          assignable: input.assignable ?? definition.assignable,
          published: input.published ?? definition.published,
          updatedAt: tx.now(),
        });
        await tx.em.save(definition);
        return definition;
      },
      { lockFirst: { entity: RewardDefinitionEntity, id } },
    );
  }

  async archiveDefinition(ctx: RequestContext, id: string) {
    return ctx.transaction<RewardDefinitionEntity, RewardDefinitionEntity>(
      async (tx, definition: RewardDefinitionEntity | null) => {
        if (!definition) throw badInput(`No reward definition with id ${id}.`, 'id');
        if (!definition.archived) {
          definition.archived = true;
          definition.updatedAt = tx.now();
          await tx.em.save(definition);
        }
        return definition;
      },
      { lockFirst: { entity: RewardDefinitionEntity, id } },
    );
  }
}
