/**
 * Every message Opale's server side can show a person, read from the sources: each string or
 * template that reads as a sentence (a capital first, a space, a full stop last) — tRPC errors,
 * zod rules, collected problems, HTTP and live-board refusals — as the catalogue's key (a
 * template's values become `{}`, strings joined with `+` count as one). Both branches of a
 * `cond ? 'a' : 'b'` count. What goes to the logs or the console is for the operator: left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface SourceMessage {
  key: string;
  file: string;
  line: number;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

/** The catalogue key of a string-valued expression, or none when it is not one. */
function keysOf(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('')];
  }
  if (ts.isConditionalExpression(node))
    return [...keysOf(node.whenTrue), ...keysOf(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = keysOf(node.left);
    const right = keysOf(node.right);
    if (left.length === 1 && right.length === 1) return [left[0]! + right[0]!];
    return [];
  }
  return [];
}

/** Messages are sentences: a capital first, a space inside, a full stop (or ? ! ») last. */
const isSentence = (key: string) =>
  !/^(PRAGMA|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP) /.test(key) &&
  /^[A-Z\u2018\u201c«(][\s\S]*\s[\s\S]*[.?!)»]$/.test(key.replaceAll('{}', 'x')) &&
  key.length >= 12;

/** Written for the operator, not for people using the app: logs and the console stay English. */
function isForOperator(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression.getText();
      if (/(^|\.)(log|logger|console)\.(trace|debug|info|warn|error|fatal|log)$/.test(callee)) {
        return true;
      }
    }
    if (ts.isFunctionLike(at)) return false;
  }
  return false;
}

export function sourceMessages(
  repoRoot: string,
  dirs: readonly string[],
  leftOut: readonly string[] = [],
): SourceMessage[] {
  const found: SourceMessage[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(join(repoRoot, dir))) {
      if (leftOut.some((path) => relative(repoRoot, file).startsWith(path))) continue;
      const text = readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        const isJoined =
          ts.isBinaryExpression(node) &&
          node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
          keysOf(node).length === 1;
        const isText =
          ts.isStringLiteral(node) ||
          ts.isNoSubstitutionTemplateLiteral(node) ||
          ts.isTemplateExpression(node) ||
          isJoined;
        // A string in an import or a type is not shown to anyone.
        const inDeclaration =
          node.parent === undefined ||
          ts.isImportDeclaration(node.parent) ||
          ts.isExportDeclaration(node.parent) ||
          ts.isLiteralTypeNode(node.parent);
        if (isText && !inDeclaration && !isForOperator(node)) {
          for (const key of keysOf(node)) {
            if (!isSentence(key)) continue;
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            found.push({ key, file: relative(repoRoot, file), line: line + 1 });
          }
          // Its parts are not messages of their own.
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}
