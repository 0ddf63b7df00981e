#!/usr/bin/python3
"""PropertyDesk from Python: register a complaint, read it back, then provoke one INVALID_ARGUMENT
and one FAILED_PRECONDITION and print the rich error details (google.rpc.Status in the
grpc-status-details-bin trailer).

Uses Debian's python3-grpcio and python3-protobuf (no PyPI); generate the modules first:

    ./generate.sh generated
    PYTHONPATH=generated /usr/bin/python3 client.py --target 127.0.0.1:50051 --token <token> --office offices/<uuid>
"""
import argparse
import sys
import uuid

import grpc
from google.rpc import error_details_pb2, status_pb2

from propertydesk.v1 import complaints_pb2 as complaints
from propertydesk.v1 import complaints_pb2_grpc as complaints_grpc

DETAIL_TYPES = {
    message.DESCRIPTOR.full_name: message
    for message in (
        error_details_pb2.ErrorInfo,
        error_details_pb2.BadRequest,
        error_details_pb2.PreconditionFailure,
        error_details_pb2.ResourceInfo,
    )
}


def describe(error):
    """The status code, message and every decoded detail of a failed call."""
    lines = [f"{error.code().name}: {error.details()}"]
    for key, value in error.trailing_metadata() or ():
        if key != "grpc-status-details-bin":
            continue
        status = status_pb2.Status.FromString(value)
        for detail in status.details:
            type_name = detail.type_url.rsplit("/", 1)[-1]
            message_type = DETAIL_TYPES.get(type_name)
            if message_type is None:
                lines.append(f"  {type_name} (not decoded)")
                continue
            decoded = message_type()
            detail.Unpack(decoded)
            text = " ".join(str(decoded).split())
            lines.append(f"  {type_name} {{ {text} }}")
    return "\n".join(lines)


def expect_failure(label, code, call):
    try:
        call()
    except grpc.RpcError as error:
        print(f"{label} -> {describe(error)}")
        if error.code() != code:
            raise SystemExit(f"{label}: expected {code.name}, got {error.code().name}")
        return
    raise SystemExit(f"{label}: expected {code.name}, but the call succeeded")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="host:port of the PropertyDesk server")
    parser.add_argument("--token", required=True, help="bearer token")
    parser.add_argument("--office", required=True, help="offices/<uuid>")
    options = parser.parse_args()

    metadata = (("authorization", f"Bearer {options.token}"),)
    with grpc.insecure_channel(options.target) as channel:
        service = complaints_grpc.ComplaintServiceStub(channel)

        registered = service.RegisterComplaint(
            complaints.RegisterComplaintRequest(
                parent=options.office,
                request_id=str(uuid.uuid4()),
                complaint=complaints.Complaint(
                    complainant="5-0302",
                    intake=complaints.ComplaintIntake(
                        subject=complaints.COMPLAINT_SUBJECT_PARKING_AND_VEHICLES,
                        location="地下车库B2",
                        cause=complaints.COMPLAINT_CAUSE_COMPANY_FAILURE,
                        ask=complaints.COMPLAINT_ASK_HELP,
                        account="车位被外来车辆占用",
                    ),
                ),
            ),
            metadata=metadata,
            timeout=10,
        ).complaint
        print(f"registered {registered.name}: "
              f"{complaints.ComplaintClassificationType.Name(registered.classification.type)}, "
              f"step {complaints.ComplaintProcedureStep.Name(registered.step)}")

        read = service.GetComplaint(complaints.GetComplaintRequest(name=registered.name), metadata=metadata, timeout=10).complaint
        print(f"read back {read.name}: complainant {read.complainant}, etag {read.etag}")
        if read.name != registered.name or read.complainant != "5-0302":
            raise SystemExit("the complaint read back is not the one registered")

        expect_failure(
            "register without complainant or subject",
            grpc.StatusCode.INVALID_ARGUMENT,
            lambda: service.RegisterComplaint(
                complaints.RegisterComplaintRequest(
                    parent=options.office,
                    complaint=complaints.Complaint(
                        intake=complaints.ComplaintIntake(
                            location="地下车库B2",
                            cause=complaints.COMPLAINT_CAUSE_NO_FAULT,
                            ask=complaints.COMPLAINT_ASK_HELP,
                        )
                    ),
                ),
                metadata=metadata,
                timeout=10,
            ),
        )
        expect_failure(
            "close a complaint that was just registered",
            grpc.StatusCode.FAILED_PRECONDITION,
            lambda: service.AdvanceComplaint(
                complaints.AdvanceComplaintRequest(
                    name=registered.name, action=complaints.COMPLAINT_ACTION_CLOSE, request_id=str(uuid.uuid4())
                ),
                metadata=metadata,
                timeout=10,
            ),
        )
    print("python client: all calls answered as expected")


if __name__ == "__main__":
    sys.exit(main())
