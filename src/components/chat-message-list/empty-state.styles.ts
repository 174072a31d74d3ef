/* The look of an empty list: the greeting and the example cards. */
import {css} from 'lit';

/** The greeting and the example cards. */
export const emptyStyles = css`
  .empty {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_spacing) * 2);
    padding-block: calc(var(--_spacing) * 4);
    text-align: center;
  }
  .greeting {
    margin: 0;
    font-size: 1.25em;
    color: var(--_muted);
  }
  .examples {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: var(--_spacing);
    width: 100%;
    max-width: 760px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .example {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    width: 100%;
    height: 100%;
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    text-align: start;
    cursor: pointer;
  }
  .example:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  .example-files {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .example-thumb {
    width: 48px;
    height: 48px;
    object-fit: cover;
    border-radius: 6px;
  }
  .example-file {
    font-size: 0.85em;
    color: var(--_muted);
  }
`;
