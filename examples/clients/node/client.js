#!/usr/bin/env node
// PropertyDesk from Node: register a complaint, read it back, then provoke one INVALID_ARGUMENT and
// one FAILED_PRECONDITION and print the rich error details (google.rpc.Status in the
// grpc-status-details-bin trailer). Dynamic loading with @grpc/proto-loader: no code generation.
//
//   node client.js --target 127.0.0.1:50051 --token <bearer token> --office offices/<uuid>
'use strict';

const path = require('path');
const crypto = require('crypto');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

const root = path.resolve(__dirname, '..', '..', '..');
const PROTOS = path.join(root, 'adapters-grpc', 'src', 'main', 'proto');
const GOOGLE_RPC = path.join(__dirname, '..', 'protos');

function args() {
  const options = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) {
      throw new Error(`expected --name value pairs, got ${argv[i]}`);
    }
    options[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ['target', 'token', 'office']) {
    if (!options[required]) {
      throw new Error(`--${required} is required`);
    }
  }
  return options;
}

// google.rpc.Status and its detail types, to decode the trailer.
const details = new protobuf.Root();
details.resolvePath = (origin, target) => {
  if (target.startsWith('google/protobuf/')) {
    return protobuf.common.get(target) ? target : path.join(GOOGLE_RPC, target);
  }
  return path.join(GOOGLE_RPC, target);
};
details.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], { keepCase: true });
const Status = details.lookupType('google.rpc.Status');

function describe(error) {
  const lines = [`${grpc.status[error.code]}: ${error.details}`];
  const raw = error.metadata && error.metadata.get('grpc-status-details-bin')[0];
  if (!raw) {
    return lines.join('\n');
  }
  for (const any of Status.decode(raw).details) {
    const typeName = any.type_url.substring(any.type_url.lastIndexOf('/') + 1);
    const detail = details.lookupType(typeName).decode(any.value);
    lines.push(`  ${typeName} ${JSON.stringify(detail.toJSON())}`);
  }
  return lines.join('\n');
}

function call(client, method, request, metadata) {
  return new Promise((resolve, reject) => {
    client[method](request, metadata, { deadline: Date.now() + 10000 }, (error, response) =>
      error ? reject(error) : resolve(response));
  });
}

async function expectFailure(label, code, promise) {
  try {
    await promise;
  } catch (error) {
    console.log(`${label} → ${describe(error)}`);
    if (error.code !== code) {
      throw new Error(`${label}: expected ${grpc.status[code]}, got ${grpc.status[error.code]}`);
    }
    return error;
  }
  throw new Error(`${label}: expected ${grpc.status[code]}, but the call succeeded`);
}

async function main() {
  const { target, token, office } = args();
  const definition = protoLoader.loadSync('propertydesk/v1/complaints.proto', {
    includeDirs: [PROTOS], keepCase: true, longs: String, enums: String, defaults: true, oneofs: true,
  });
  const v1 = grpc.loadPackageDefinition(definition).propertydesk.v1;
  const client = new v1.ComplaintService(target, grpc.credentials.createInsecure());
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);

  const registered = await call(client, 'RegisterComplaint', {
    parent: office,
    request_id: crypto.randomUUID(),
    complaint: {
      complainant: '3-1201',
      intake: {
        subject: 'COMPLAINT_SUBJECT_CLEANING',
        location: '3栋大堂',
        cause: 'COMPLAINT_CAUSE_COMPANY_FAILURE',
        ask: 'COMPLAINT_ASK_BE_HEARD',
        account: '大堂地面三天没有拖了',
      },
    },
  }, metadata);
  const name = registered.complaint.name;
  console.log(`registered ${name}: ${registered.complaint.classification.type}, step ${registered.complaint.step}`);

  const read = await call(client, 'GetComplaint', { name }, metadata);
  console.log(`read back ${read.complaint.name}: complainant ${read.complaint.complainant}, etag ${read.complaint.etag}`);
  if (read.complaint.name !== name || read.complaint.complainant !== '3-1201') {
    throw new Error('the complaint read back is not the one registered');
  }

  await expectFailure('register without complainant or subject', grpc.status.INVALID_ARGUMENT,
    call(client, 'RegisterComplaint', {
      parent: office,
      complaint: { complainant: '', intake: { location: '3栋大堂', cause: 'COMPLAINT_CAUSE_NO_FAULT', ask: 'COMPLAINT_ASK_HELP' } },
    }, metadata));

  await expectFailure('close a complaint that was just registered', grpc.status.FAILED_PRECONDITION,
    call(client, 'AdvanceComplaint', { name, action: 'COMPLAINT_ACTION_CLOSE', request_id: crypto.randomUUID() }, metadata));

  client.close();
  console.log('node client: all calls answered as expected');
}

main().catch((error) => {
  console.error(`node client failed: ${error.message}`);
  process.exit(1);
});
