import type { EntityKind, EntityMap } from '../../services/ports';

/*
 * The kinds of SharePoint column an entity field can be shown in, and how a kind's fields are declared. A field's
 * TypeScript type decides which column kinds it may take (a number only a number column, a union of words only a
 * choice or text column), so a declaration that would lose or garble a value does not compile.
 */

interface Described {
  /** The column's internal name (what Graph, Power BI and Power Automate use). */
  readonly name: string;
  /** What people see in SharePoint, in plain English. */
  readonly displayName: string;
  /** What the column means, shown in SharePoint's column settings and in docs/sharepoint.md. */
  readonly description: string;
}

/** Single line of text (ids, names, codes): at most 255 characters. */
export type TextColumn = Described & { readonly type: 'text' };
/** Multiple lines of plain text (narratives). */
export type NoteColumn = Described & { readonly type: 'note' };
export type NumberColumn = Described & { readonly type: 'number' };
/** A calendar date (SharePoint's "date only"): `2027-01-18`. */
export type DateColumn = Described & { readonly type: 'date' };
/** A moment in UTC, to the second in SharePoint (the exact value, when finer, is kept beside it). */
export type DateTimeColumn = Described & { readonly type: 'dateTime' };
export type YesNoColumn = Described & { readonly type: 'yesNo' };
/** One of the domain's own words (never retyped here: pass the domain's list). */
export type ChoiceColumn<T extends string = string> = Described & {
  readonly type: 'choice';
  readonly choices: readonly T[];
};

export type FieldColumn =
  TextColumn | NoteColumn | NumberColumn | DateColumn | DateTimeColumn | YesNoColumn | ChoiceColumn;
export type FieldColumnType = FieldColumn['type'];

/** Kept only in the item's JSON: a nested structure nobody filters or reports on in SharePoint. */
export const IN_JSON = 'json';
export type InJson = typeof IN_JSON;

type TextLike = TextColumn | NoteColumn | DateColumn | DateTimeColumn;

/** The columns a field of type T may be stored in. */
export type ColumnFor<T> = [NonNullable<T>] extends [boolean]
  ? YesNoColumn | InJson
  : [NonNullable<T>] extends [number]
    ? NumberColumn | InJson
    : [NonNullable<T>] extends [string]
      ? string extends NonNullable<T>
        ? TextLike | InJson
        : ChoiceColumn<NonNullable<T>> | TextColumn | InJson
      : InJson;

/** Every field but id and version (which have their own columns), each with its column or IN_JSON. */
export type FieldColumns<K extends EntityKind> = {
  readonly [F in Exclude<keyof EntityMap[K], 'id' | 'version'>]-?: ColumnFor<EntityMap[K][F]>;
};

/** A column filled from the entity for filtering (an index) that is not one of its fields. */
export interface DerivedColumnWords {
  readonly displayName: string;
  readonly description: string;
}

/**
 * A copy, for people, of a value nested in the JSON (a cycle's phase dates, a report's headline score): written with
 * every save and never read back, so the JSON stays the one source and a hand edit of the copy changes nothing.
 */
export interface ShownColumn<K extends EntityKind> {
  readonly column: FieldColumn;
  readonly value: (entity: EntityMap[K]) => unknown;
}

export interface KindColumns<K extends EntityKind> {
  /** What one item is, for the list's description. */
  readonly itemIs: string;
  /** The item's Title: readable, from what the entity itself carries. */
  readonly title: (entity: EntityMap[K]) => string;
  readonly fields: FieldColumns<K>;
  /** Words for index columns that are not fields (e.g. SubjectId, worked out from the subject). */
  readonly derived?: Readonly<Record<string, DerivedColumnWords>>;
  /** Copies of nested values people want to see (see ShownColumn). */
  readonly shown?: readonly ShownColumn<K>[];
}

export type ColumnDeclarations = { readonly [K in EntityKind]: KindColumns<K> };

export const text = (name: string, displayName: string, description: string): TextColumn => ({
  name,
  displayName,
  description,
  type: 'text',
});
export const note = (name: string, displayName: string, description: string): NoteColumn => ({
  name,
  displayName,
  description,
  type: 'note',
});
export const num = (name: string, displayName: string, description: string): NumberColumn => ({
  name,
  displayName,
  description,
  type: 'number',
});
export const date = (name: string, displayName: string, description: string): DateColumn => ({
  name,
  displayName,
  description,
  type: 'date',
});
export const dateTime = (name: string, displayName: string, description: string): DateTimeColumn => ({
  name,
  displayName,
  description,
  type: 'dateTime',
});
export const yesNo = (name: string, displayName: string, description: string): YesNoColumn => ({
  name,
  displayName,
  description,
  type: 'yesNo',
});
export const choice = <T extends string>(
  name: string,
  displayName: string,
  description: string,
  choices: readonly T[],
): ChoiceColumn<T> => ({ name, displayName, description, type: 'choice', choices });
