import { describesPaper, ENTITY_LABEL, NODE_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, type NodeKind } from '../model';

/** How Neo4j Browser draws the nodes of one kind. */
export interface NodeLook {
  color: string;
  borderColor: string;
  textColor: string;
  diameter: number;
}

/**
 * One look per kind. Typed as a Record over the model's kinds, so that a kind added to the model does not compile
 * until it has a look here, and a look for a removed kind does not compile either.
 */
export const NODE_LOOKS: Record<NodeKind, NodeLook> = {
  City: { color: '#4C8EDA', borderColor: '#2870C2', textColor: '#FFFFFF', diameter: 80 },
  Gemeindeverband: { color: '#A4C8F0', borderColor: '#6FA3DC', textColor: '#2A2C34', diameter: 70 },
  Kreis: { color: '#3B5F8F', borderColor: '#2A4670', textColor: '#FFFFFF', diameter: 85 },
  Regierungsbezirk: { color: '#2E4A6E', borderColor: '#1F3450', textColor: '#FFFFFF', diameter: 90 },
  Land: { color: '#1B2E47', borderColor: '#0F1C2E', textColor: '#FFFFFF', diameter: 100 },
  Organisation: { color: '#F79767', borderColor: '#F36924', textColor: '#FFFFFF', diameter: 65 },
  OrgUnit: { color: '#57C7E3', borderColor: '#23B3D7', textColor: '#2A2C34', diameter: 60 },
  Role: { color: '#DA7194', borderColor: '#CC3C6C', textColor: '#FFFFFF', diameter: 55 },
  Body: { color: '#8DCC93', borderColor: '#5DB665', textColor: '#2A2C34', diameter: 60 },
  Standard: { color: '#FFC454', borderColor: '#D7A013', textColor: '#2A2C34', diameter: 65 },
  Project: { color: '#C990C0', borderColor: '#B261A5', textColor: '#FFFFFF', diameter: 65 },
  Document: { color: '#D9C8AE', borderColor: '#C0A378', textColor: '#2A2C34', diameter: 45 },
  Topic: { color: '#569480', borderColor: '#447666', textColor: '#FFFFFF', diameter: 55 },
};

/** The look of a node that only has the shared label, which the curated data never produces. */
export const ENTITY_LOOK: NodeLook = { color: '#A5ABB6', borderColor: '#9AA1AC', textColor: '#FFFFFF', diameter: 50 };

/** Facts stand out; the relationships between papers and their issuers, authors and bodies recede. */
export const FACT_RELATIONSHIP_COLOR = '#6B7280';
export const PAPER_RELATIONSHIP_COLOR = '#C5C9D0';

type GrassProps = Record<string, string>;

interface GrassRule {
  selector: string;
  props: GrassProps;
}

function nodeProps(look: NodeLook): GrassProps {
  return {
    diameter: `${look.diameter}px`,
    color: look.color,
    'border-color': look.borderColor,
    'text-color-internal': look.textColor,
    caption: '{name}',
  };
}

/**
 * The rules in the order Browser must apply them. Browser merges every rule whose labels a node has, in sheet order,
 * so a later rule wins; nodes carry both `Entity` and their kind, hence the `Entity` rule comes before the kinds.
 * A loaded sheet replaces Browser's defaults entirely, so the plain `node` and `relationship` rules carry every
 * property the renderer reads.
 */
function grassRules(): GrassRule[] {
  return [
    { selector: 'node', props: { ...nodeProps(ENTITY_LOOK), 'border-width': '2px', 'font-size': '10px' } },
    { selector: `node.${ENTITY_LABEL}`, props: nodeProps(ENTITY_LOOK) },
    ...NODE_KIND_NAMES.map((kind) => ({ selector: `node.${kind}`, props: nodeProps(NODE_LOOKS[kind]) })),
    {
      selector: 'relationship',
      props: {
        color: FACT_RELATIONSHIP_COLOR,
        'shaft-width': '2px',
        'font-size': '8px',
        padding: '3px',
        'text-color-external': '#000000',
        'text-color-internal': '#FFFFFF',
        caption: '<type>',
      },
    },
    ...RELATIONSHIP_TYPE_NAMES.map((type) => ({
      selector: `relationship.${type}`,
      props: describesPaper(type)
        ? { color: PAPER_RELATIONSHIP_COLOR, 'shaft-width': '1px', caption: '<type>' }
        : { color: FACT_RELATIONSHIP_COLOR, 'shaft-width': '2px', caption: '<type>' },
    })),
  ];
}

// Browser's GRASS parser drops quote characters and reads braces inside quotes as text, so captions must be quoted.
function renderValue(key: string, value: string): string {
  return key === 'caption' ? `'${value}'` : value;
}

/** The GRASS style sheet for Neo4j Browser: one colour and size per node kind, relationships captioned by type. */
export function renderGrassStyle(): string {
  return grassRules()
    .map(({ selector, props }) => {
      const lines = Object.entries(props).map(([key, value]) => `  ${key}: ${renderValue(key, value)};`);
      return `${selector} {\n${lines.join('\n')}\n}\n`;
    })
    .join('\n');
}
