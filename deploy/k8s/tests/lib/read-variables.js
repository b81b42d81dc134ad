// The environment variables an application reads, decided from the repository's own sources and Spring Boot's jars,
// never from a list typed again: placeholders and keys of its yml files, its @ConfigurationProperties records, Spring
// Boot's documented properties, and what its image reads (docker/service.Dockerfile).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { parseAllDocuments } from "yaml";
import { repositoryRoot } from "./rendered.js";

const mavenRepository = process.env.MAVEN_REPOSITORY ?? join(homedir(), ".m2", "repository");

/**
 * The variable names Spring binds to a property (SystemEnvironmentPropertyMapper): upper case, `.` and `[n]` to `_`,
 * `-` removed, and the legacy form with `-` as `_` (so nicepick.gateway-credential reads NICEPICK_GATEWAYCREDENTIAL
 * and NICEPICK_GATEWAY_CREDENTIAL).
 */
export function variableNames(property) {
  const upper = property.toUpperCase().replace(/\[(\d+)\]/g, ".$1").replace(/\./g, "_");
  return [...new Set([upper.replace(/-/g, ""), upper.replace(/-/g, "_")])];
}

/** The nicepick modules an application's main code uses: itself and its non-test dev.nicepick dependencies, transitively. */
function modulesOf(module, seen = new Set()) {
  if (seen.has(module)) return seen;
  seen.add(module);
  const pom = readFileSync(join(repositoryRoot, module, "pom.xml"), "utf8").replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/, "");
  for (const [dependency] of pom.matchAll(/<dependency>[\s\S]*?<\/dependency>/g)) {
    const field = (name) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(dependency.replace(/<exclusions>[\s\S]*?<\/exclusions>/, ""))?.[1];
    if (field("groupId") === "dev.nicepick" && !["test", "provided"].includes(field("scope"))) modulesOf(field("artifactId"), seen);
  }
  return seen;
}

/** Files under a folder, recursively, whose name passes `keep`. */
function filesUnder(folder, keep) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

/** A yml file's property names (nested keys joined by dots; lists end a name) and the names its placeholders read. */
function fromYaml(path) {
  const text = readFileSync(path, "utf8");
  const properties = [];
  const walk = (value, prefix) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) { if (prefix) properties.push(prefix); return; }
    for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  for (const doc of parseAllDocuments(text)) walk(doc.toJS(), "");
  const placeholders = [...text.matchAll(/\$\{([^}:]+)/g)].map((m) => m[1].trim());
  return { properties, placeholders };
}

/** A record's components (from its parameter list, annotations stripped) as [{ type, name }]. */
function components(parameters) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const c of parameters) {
    if ("(<".includes(c)) depth++;
    if (")>".includes(c)) depth--;
    if (c === "," && depth === 0) { parts.push(current); current = ""; } else current += c;
  }
  parts.push(current);
  return parts.map((part) => part.replace(/@[\w.]+(\((?:[^()]|\([^()]*\))*\))?/g, "").trim()).filter(Boolean)
    .map((part) => { const words = part.split(/\s+/); return { name: words.pop(), type: words.join(" ") }; });
}

/**
 * The properties of @ConfigurationProperties records in Java sources: prefix plus each component (kebab case),
 * nested records recursively (and as a whole); a Map component gives its prefix as a map ("prefix.name.*").
 */
function fromRecords(javaFiles) {
  const sources = javaFiles.map((path) => readFileSync(path, "utf8"));
  const records = new Map(sources.flatMap((source) => [...source.matchAll(/\brecord\s+(\w+)\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)/g)]
    .map((m) => [m[1], components(m[2])])));
  const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const expand = (prefix, record, seen) => records.get(record).flatMap(({ type, name }) => {
    const property = `${prefix}.${kebab(name)}`;
    const simpleType = type.replace(/<.*$/, "").split(".").pop();
    if (/^Map\b/.test(simpleType)) return [`${property}.*`];
    // a nested record binds by its components, or as a whole where a converter makes it from text (Secret)
    return records.has(simpleType) && !seen.has(simpleType)
      ? [property, ...expand(property, simpleType, new Set([...seen, simpleType]))] : [property];
  });
  return sources.flatMap((source) => [...source.matchAll(/@ConfigurationProperties\(\s*(?:(?:value|prefix)\s*=\s*)?"([^"]+)"\s*\)[\s\S]*?\brecord\s+(\w+)/g)]
    .flatMap((m) => expand(m[1], m[2], new Set([m[2]]))));
}

/** One entry of a jar (a zip file), or null when it has none: its central directory, then the stored or deflated data. */
function readJarEntry(jarPath, entryName) {
  const zip = readFileSync(jarPath);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${jarPath}: not a zip file`);
  let offset = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    if (name === entryName) {
      const method = zip.readUInt16LE(offset + 10);
      const size = zip.readUInt32LE(offset + 20);
      const local = zip.readUInt32LE(offset + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return null;
}

/**
 * Spring Boot's own properties: META-INF/spring-configuration-metadata.json of every org.springframework.boot jar of
 * the version the parent pom names, in the local Maven repository (the Maven build fills it). A Map property gives
 * "name.*". Fails when none is there: no proof is better than a silent one.
 */
function fromSpringBoot() {
  const version = /<parent>[\s\S]*?<version>([^<]+)<\/version>/.exec(readFileSync(join(repositoryRoot, "pom.xml"), "utf8"))[1];
  const group = join(mavenRepository, "org", "springframework", "boot");
  const jars = (existsSync(group) ? readdirSync(group) : []).map((artifact) => join(group, artifact, version, `${artifact}-${version}.jar`)).filter(existsSync);
  const properties = jars.flatMap((jar) => {
    const metadata = readJarEntry(jar, "META-INF/spring-configuration-metadata.json");
    return metadata ? JSON.parse(metadata).properties.map((p) => (/^java\.util\.Map</.test(p.type ?? "") ? `${p.name}.*` : p.name)) : [];
  });
  if (properties.length === 0) throw new Error(`no Spring Boot ${version} configuration metadata under ${group}: run the Maven build first`);
  return properties;
}

/** The variables docker/service.Dockerfile sets (ENV) or reads (${NAME}), which the image's programs read. */
function fromImage() {
  const dockerfile = readFileSync(join(repositoryRoot, "docker", "service.Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const set = dockerfile.split("\n").filter((line) => /^ENV\s/.test(line))
    .flatMap((line) => [...line.replace(/"[^"]*"/g, '""').matchAll(/(?:^ENV|\s)([A-Za-z_]\w*)=/g)].map((m) => m[1]));
  const read = [...dockerfile.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]);
  return [...set, ...read];
}

const cache = new Map();

/**
 * What `application` (a module: the gateway or a service) reads from its environment: { names, prefixes } where
 * names is a Set of exact variable names and prefixes the names of Map properties (a variable starting with one and
 * "_" binds into the map).
 */
export function readVariables(application) {
  if (cache.has(application)) return cache.get(application);
  const modules = [...modulesOf(application)];
  const yaml = modules.flatMap((m) => filesUnder(join(repositoryRoot, m, "src", "main", "resources"), (f) => /\.ya?ml$/.test(f)))
    .map(fromYaml);
  const java = modules.flatMap((m) => filesUnder(join(repositoryRoot, m, "src", "main", "java"), (f) => f.endsWith(".java")));
  const properties = [...yaml.flatMap((y) => y.properties), ...fromRecords(java), ...fromSpringBoot()];
  const variables = properties.filter((p) => !p.endsWith(".*")).flatMap(variableNames);
  const result = {
    names: new Set([...variables, ...yaml.flatMap((y) => y.placeholders), ...fromImage()]),
    prefixes: properties.filter((p) => p.endsWith(".*")).flatMap((p) => variableNames(p.slice(0, -2))),
  };
  cache.set(application, result);
  return result;
}
