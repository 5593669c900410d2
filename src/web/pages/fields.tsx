// Form controls, each with its label: the desk's forms are built from these alone.
import { label } from "./claim-bits.js";

export const Field = (props: {
  name: string;
  text: string;
  value: string | null | undefined;
  type?: "text" | "url" | "date" | "search" | "password";
  size?: number;
}) => (
  <label>
    {props.text}
    <input
      type={props.type ?? "text"}
      name={props.name}
      value={props.value ?? ""}
      {...(props.size ? { size: props.size } : {})}
    />
  </label>
);

export const Area = (props: {
  name: string;
  text: string;
  value: string | null | undefined;
  rows?: number;
}) => (
  <label>
    {props.text}
    <textarea name={props.name} rows={props.rows ?? 3}>
      {props.value ?? ""}
    </textarea>
  </label>
);

export const Check = (props: { name: string; text: string; value: string | undefined }) => (
  <label class="check">
    <input type="checkbox" name={props.name} value="true" checked={props.value === "true"} />
    {props.text}
  </label>
);

/** A select of an enum's values; `any` adds an empty first choice. */
export const Choice = (props: {
  name: string;
  text: string;
  options: readonly string[];
  value: string | null | undefined;
  any?: string;
}) => (
  <label>
    {props.text}
    <select name={props.name}>
      {props.any !== undefined && <option value="">{props.any}</option>}
      {props.options.map((o) => (
        <option value={o} selected={props.value === o}>
          {label(o)}
        </option>
      ))}
    </select>
  </label>
);

/** A table's column headings. */
export const Head = (props: { columns: readonly string[] }) => (
  <thead>
    <tr>
      {props.columns.map((c) => (
        <th scope="col">{c}</th>
      ))}
    </tr>
  </thead>
);
