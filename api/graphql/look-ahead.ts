import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLNamedType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ONLY, type Nest } from '../read/rows';

// Look-ahead: what a query selects below a field, as the relations to read with its rows in one statement
// (api/read/rows.ts, `nest`). Only a matter of cost: a relation nested but not asked for (under @skip) is
// read for nothing, one asked for but not nested is loaded by its resolver as before. Each field listed
// here has a resolver that takes the nested rows first (nestedOf). References that lists repeat are left to
// the loaders on purpose: a hundred targets point at some forty directives (rows of twenty columns), a page's
// 330 slogan mentions at 19 slogans; a loader reads each once where a nested read repeats it on every item
// (that doubled the SQL time of both). A directive's province, seven short columns, is nested.

/** GraphQL fields that are relations of the read layer, by type: the path of relations each one reads. */
const RELATIONS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Directive: {
    province: ['province'],
    issuer: ['issuer'],
    renditions: ['renditions'],
    clauses: ['renditions'],
    measures: ['measures'],
    targets: ['targets'],
    sloganMentions: ['sloganMentions'],
    slogans: ['sloganMentions'], // the slogans themselves by their loader: a few, used again and again
    references: ['references'],
  },
  Rendition: { clauses: ['clauses'] },
};

/**
 * What each field of a type reads of its row, for the types whose reads take only the columns a query selects,
 * as a page of them (the targets list, a page of directives) or nested in their holder's statement (a directive's
 * targets, rows.ts ONLY): a target row has 39 columns, a list of 100 of them asks for a handful; a directive's
 * subject, recipients and reasons for missing values are most of its row, and a page asks for its number and
 * dates. A field is listed with the property of its name for a plain field, [] for a field that needs the row's
 * key alone (always read); a field missing here (a new one, or one whose resolver reads much: Directive.sources)
 * makes the read take every column, as before.
 */
const READS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Directive: {
    __typename: [],
    id: [],
    number: ['number'],
    kind: ['kind'],
    subject: ['subject'],
    provinceInferred: ['provinceInferred'],
    provinceEvidence: ['provinceEvidence'],
    issuedOn: ['issuedOn'],
    meetingOn: ['meetingOn'],
    datedOn: ['datedOn'],
    datedFrom: ['datedFrom'],
    datedTo: ['datedTo'],
    recipients: ['recipients'],
    province: ['province'],
    issuer: ['issuer'],
    signer: ['signerName', 'signerTitle', 'signerOnBehalfOf'],
    missing: ['missing'],
    renditions: [],
    clauses: [],
    measures: [],
    targets: [],
    slogans: [],
    sloganMentions: [],
    agencies: [],
    references: [],
    citedBy: [],
    sharedPassages: [],
    corrected: [],
    corrections: [],
  },
  Province: {
    __typename: [],
    id: [],
    code: [],
    name: ['name'],
    asciiName: ['asciiName'],
    kind: ['kind'],
    region: ['region'],
    population: ['population'],
    areaKm2: ['areaKm2'],
    populationSource: [],
    directives: [],
  },
  Rendition: {
    __typename: [],
    id: [],
    format: ['format'],
    quality: ['quality'],
    checksum: ['checksum'],
    encoding: ['encoding'],
    origin: ['origin'],
    originFormat: ['originFormat'],
    ocrConfidence: ['ocrConfidence'],
    pageStarts: ['pageStarts'],
    ingestedAt: ['ingestedAt'],
    text: [], // never read with the row: its loader reads it alone
    missing: ['metadata'],
    sourceFile: ['sourceFile'],
    directive: ['directive'],
    clauses: [],
  },
  SloganMention: {
    __typename: [],
    id: [],
    quoted: ['quoted'],
    citation: ['citation', 'rendition'],
    slogan: ['slogan'],
    directive: ['directive'],
  },
  Target: {
    __typename: [],
    id: [],
    metric: ['metric'],
    value: ['value'],
    unit: ['unit'],
    bound: ['bound'],
    nounPhrase: ['nounPhrase'],
    contingent: ['contingent'],
    clauseOrdinal: ['clauseOrdinal'],
    qualifiers: ['poolSize', 'dose', 'scope', 'scopeCount', 'scopeTotal', 'population', 'condition'],
    citation: ['citation', 'rendition'],
    deadline: ['deadline', 'rendition'],
    period: ['period', 'rendition'],
    directive: ['directive'],
    perThousandPeople: ['value', 'unit', 'directive'],
    pooledTubes: ['poolSize', 'value'],
    corrected: [],
    corrections: [],
    effectiveFrom: [],
    effectiveTo: [],
    supersededBy: [],
  },
};

/**
 * What a field read through a relation of another name reads of that relation's rows (see RELATIONS): a directive's
 * slogans, the slogan of each mention; its clauses, the key of its best rendition (the first, as they are ordered).
 */
const READS_THROUGH: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Directive: { slogans: ['slogan'], clauses: [] },
};

type MutableNest = { [relation: string]: MutableNest; [ONLY]?: readonly string[] | null };

/** The selections of `sets` on objects of `type`, fragments expanded (those on its interfaces included). */
function fieldsOn(info: GraphQLResolveInfo, type: GraphQLNamedType, sets: readonly SelectionSetNode[]): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const applies = (condition: string | undefined) =>
    !condition || condition === type.name || (isObjectType(type) && type.getInterfaces().some((i) => i.name === condition));
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = fields.get(selection.name.value) ?? [];
        if (selection.selectionSet) below.push(selection.selectionSet);
        fields.set(selection.name.value, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

function collect(info: GraphQLResolveInfo, type: GraphQLNamedType, sets: readonly SelectionSetNode[], into: MutableNest): void {
  if (!isObjectType(type)) return;
  for (const [field, below] of fieldsOn(info, type, sets)) {
    const path = RELATIONS[type.name]?.[field];
    if (!path) continue;
    let node = into;
    for (const relation of path) node = node[relation] ??= {};
    const fieldType = getNamedType(type.getFields()[field].type);
    // A field named as its relation lists that relation's own rows (Directive.targets), so their columns are the
    // ones its selection reads; a field read through another relation (slogans through their mentions) reads what
    // READS_THROUGH says, or all.
    const properties = path.length === 1 && path[0] === field ? readBy(info, fieldType, below) : READS_THROUGH[type.name]?.[field];
    // Two fields may read one relation: the union of what they read, or all if either needs all (null).
    const before = node[ONLY];
    node[ONLY] = before === undefined ? (properties ?? null) : before && properties ? [...new Set([...before, ...properties])].sort() : null;
    collect(info, fieldType, below, node);
  }
}

/** The properties the objects of `type` selected by `sets` are read for (see READS), or undefined for all of them. */
function readBy(info: GraphQLResolveInfo, type: GraphQLNamedType, sets: readonly SelectionSetNode[]): readonly string[] | undefined {
  const reads = READS[type.name];
  if (!reads) return undefined;
  const properties = new Set<string>();
  for (const field of fieldsOn(info, type, sets).keys()) {
    if (!Object.hasOwn(reads, field)) return undefined;
    for (const property of reads[field]) properties.add(property);
  }
  return [...properties].sort();
}

/** The type and selections of the objects `path` leads to below the field being resolved, or null. */
function below(info: GraphQLResolveInfo, path: readonly string[]): { type: GraphQLNamedType; sets: SelectionSetNode[] } | null {
  let type = getNamedType(info.returnType);
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) {
    if (!isObjectType(type)) return null;
    sets = fieldsOn(info, type, sets).get(step) ?? [];
    type = getNamedType(type.getFields()[step].type);
  }
  return { type, sets };
}

/**
 * The relations to nest for the objects `path` leads to below the field being resolved: `['edges', 'node']`
 * for the nodes of a connection, `[]` for the field's own value.
 */
export function nestOf(info: GraphQLResolveInfo, path: readonly string[] = []): Nest {
  return once(info, `nest ${path.join('.')}`, () => {
    const objects = below(info, path);
    const nest: MutableNest = {};
    if (objects) collect(info, objects.type, objects.sets, nest);
    return nest;
  });
}

/** True when the query selects `field` on the objects `path` leads to below the field being resolved. */
export function selects(info: GraphQLResolveInfo, path: readonly string[], field: string): boolean {
  return once(info, `selects ${path.join('.')} ${field}`, () => {
    const objects = below(info, path);
    return objects !== null && fieldsOn(info, objects.type, objects.sets).has(field);
  });
}

/** The properties the objects `path` leads to are read for (see READS), or undefined for all of them. */
export function propertiesOf(info: GraphQLResolveInfo, path: readonly string[] = []): readonly string[] | undefined {
  return once(info, `properties ${path.join('.')}`, () => {
    const objects = below(info, path);
    return objects ? readBy(info, objects.type, objects.sets) : undefined;
  });
}

// Worked out once per field of a document. Apollo Server keeps parsed documents, so the same query text brings
// the same field nodes; what lies below them depends on those nodes (the same fragment can meet other fields
// elsewhere), the parent and return types, and nothing a request's variables say (@skip is not looked at).
interface Looked {
  nodes: GraphQLResolveInfo['fieldNodes'];
  parentType: GraphQLResolveInfo['parentType'];
  returnType: GraphQLResolveInfo['returnType'];
  what: string;
  value: unknown;
}
const looked = new WeakMap<FieldNode, Looked[]>();
/** A few shapes per field node at most; past it, the node's memory starts again. */
const MAX_PER_NODE = 16;

function once<T>(info: GraphQLResolveInfo, what: string, work: () => T): T {
  const { fieldNodes: nodes, parentType, returnType } = info;
  let entries = looked.get(nodes[0]);
  const known = entries?.find(
    (e) => e.what === what && e.parentType === parentType && e.returnType === returnType && e.nodes.length === nodes.length && e.nodes.every((n, i) => n === nodes[i]),
  );
  if (known) return known.value as T;
  const value = work();
  if (!entries || entries.length >= MAX_PER_NODE) looked.set(nodes[0], (entries = []));
  entries.push({ nodes, parentType, returnType, what, value });
  return value;
}
