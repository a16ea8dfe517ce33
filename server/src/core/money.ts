import { SafeIntResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An amount of money: integer minor units and a currency.' })
export class Money {
  @Field(() => SafeIntResolver, { description: 'Integer minor units (cents). Never fractional.' })
  amount: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. AUD.' })
  currency: string;

  static of(amount: number, currency: string): Money {
    return Object.assign(new Money(), { amount, currency });
  }
}
